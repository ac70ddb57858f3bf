// Loads every op module (each registers its mnemonics in the registry).
import './alu';
import './branch';
import './mov';
import './misc';
export { compileInsn, implementedMnemonics, isImplemented } from './registry';
