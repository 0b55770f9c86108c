/** What the figures were measured on, so numbers from two machines are never compared blind. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { findChromium } from '../harness/paths';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
  commit: string;
  /** 1-minute load average when the run started: above the core count, other work was competing. */
  loadAverage: number;
  loadAverageEnd?: number;
}

export function loadAverage(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machineInfo(root: string): MachineInfo {
  let chromium = 'not found';
  try {
    chromium = run(findChromium(), ['--version']).split('\n').pop() ?? 'unknown';
  } catch {
    // No Chromium: the browser sections report n/a.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
    commit: run('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
    loadAverage: loadAverage(),
  };
}
