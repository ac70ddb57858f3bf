// Loads every op module (each registers its mnemonics in the registry).
import './alu';
import './branch';
import './mov';
import './misc';
import './stack';
import './string';
import './io';
import './far';
import './interrupt-ops';
import './system';
import './shift';
import './muldiv';
import './bits';
import './movx';
import './atomic';
export { compileInsn, implementedMnemonics, isImplemented } from './registry';
