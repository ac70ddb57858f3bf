/**
 * code-server (VS Code 1.139 served to a browser) with a fresh user-data and extensions directory:
 * installs the .vsix, writes the test's user settings, serves one folder on a free 127.0.0.1 port.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** User settings for a quiet, deterministic editor: no trust prompt, telemetry, welcome page or tips. */
export const USER_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.layoutControl.enabled': false,
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 13,
  'files.autoSave': 'off',
  'git.enabled': false,
  'debug.internalConsoleOptions': 'neverOpen',
  'editor.stickyScroll.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'problems.decorations.enabled': true,
  // the extension offers the association when another language claims .asm; state it up front
  'files.associations': { '*.asm': 'vmx-asm', '*.inc': 'vmx-asm' },
};

export interface CodeServerPaths {
  /** Node 24 binary (code-server 4.139 requires it). */
  node: string;
  /** node_modules/.bin/code-server of the installed package. */
  codeServer: string;
  /** Directory for user data, extensions, config and logs of this run. */
  root: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export class CodeServer {
  readonly userData: string;
  readonly extensions: string;
  readonly config: string;
  readonly logFile: string;
  private proc: ChildProcess | undefined;
  private log: string[] = [];
  port = 0;

  constructor(private readonly paths: CodeServerPaths) {
    this.userData = join(paths.root, 'user-data');
    this.extensions = join(paths.root, 'extensions');
    this.config = join(paths.root, 'config.yaml');
    this.logFile = join(paths.root, 'code-server.log');
    mkdirSync(join(this.userData, 'User'), { recursive: true });
    mkdirSync(this.extensions, { recursive: true });
    // an explicit config keeps code-server from writing ~/.config/code-server/config.yaml
    writeFileSync(this.config, 'auth: none\ndisable-telemetry: true\ndisable-update-check: true\n');
  }

  private get env(): NodeJS.ProcessEnv {
    return {
      ...process.env, PATH: `${dirname(this.paths.node)}:${process.env.PATH ?? ''}`, XDG_CONFIG_HOME: join(this.paths.root, 'xdg-config'), XDG_DATA_HOME: join(this.paths.root, 'xdg-data'),
      // no marketplace: gallery queries go to a closed loopback port instead of the internet
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/items', resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}' }),
    };
  }

  private baseArgs(): string[] {
    return ['--config', this.config, '--user-data-dir', this.userData, '--extensions-dir', this.extensions];
  }

  async installExtension(vsix: string): Promise<string> {
    const { stdout, stderr } = await run(this.paths.codeServer, [...this.baseArgs(), '--install-extension', vsix, '--force'], { env: this.env, timeout: 180_000 });
    const out = `${stdout}${stderr}`;
    if (!/successfully installed/i.test(out)) throw new Error(`code-server --install-extension ${vsix} did not report success:\n${out}`);
    const { stdout: list } = await run(this.paths.codeServer, [...this.baseArgs(), '--list-extensions', '--show-versions'], { env: this.env, timeout: 60_000 });
    return list.trim();
  }

  writeSettings(extra: Record<string, unknown> = {}): void {
    writeFileSync(join(this.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2));
  }

  /** Starts serving `folder`; resolves when /healthz answers. */
  async start(folder: string, timeoutMs = 60_000): Promise<void> {
    this.port = await freePort();
    const args = [...this.baseArgs(), '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', folder];
    // its own process group: stop() and the exit hook end code-server with the extension host it forks
    const proc = spawn(this.paths.codeServer, args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.proc = proc;
    const killGroup = () => { try { process.kill(-proc.pid!, 'SIGKILL'); } catch { /* already gone */ } };
    process.once('exit', killGroup);
    proc.once('exit', () => process.off('exit', killGroup));
    const onData = (b: Buffer) => {
      const text = b.toString();
      this.log.push(text);
      writeFileSync(this.logFile, this.log.join(''));
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    const exited = new Promise<never>((_, reject) => proc.once('exit', (code, sig) => reject(new Error(`code-server exited (${code ?? sig}) while starting`))));
    const deadline = Date.now() + timeoutMs;
    const healthy = (async () => {
      while (Date.now() < deadline) {
        try {
          const r = await fetch(`${this.url}/healthz`);
          if (r.ok) return;
        } catch { /* not listening yet */ }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`code-server did not answer ${this.url}/healthz within ${timeoutMs / 1000} s`);
    })();
    await Promise.race([healthy, exited]);
    exited.catch(() => undefined);
  }

  get url(): string { return `http://127.0.0.1:${this.port}`; }

  workbenchUrl(folder: string): string { return `${this.url}/?folder=${encodeURIComponent(folder)}`; }

  async stop(): Promise<void> {
    const p = this.proc;
    this.proc = undefined;
    if (!p || p.exitCode !== null) return;
    const gone = new Promise<void>((r) => p.once('exit', () => r()));
    const group = (sig: NodeJS.Signals) => { try { process.kill(-p.pid!, sig); } catch { /* already gone */ } };
    group('SIGTERM');
    const timer = setTimeout(() => group('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
    group('SIGKILL');
  }

  /** The last lines of code-server's output and of the newest extension-host log. */
  logTail(lines = 40): string {
    const tail = (text: string) => text.split('\n').slice(-lines).join('\n');
    let out = `--- ${this.logFile} (last ${lines} lines)\n${tail(this.log.join(''))}`;
    const exthost = newestFile(join(this.userData, 'logs'), /exthost\.log$/);
    if (exthost) out += `\n--- ${exthost} (last ${lines} lines)\n${tail(readFileSync(exthost, 'utf8'))}`;
    return out;
  }
}

function newestFile(dir: string, re: RegExp): string | undefined {
  if (!existsSync(dir)) return undefined;
  let best: { path: string; mtime: number } | undefined;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(e.name)) {
        const m = statSync(p).mtimeMs;
        if (!best || m > best.mtime) best = { path: p, mtime: m };
      }
    }
  };
  walk(dir);
  return best?.path;
}
