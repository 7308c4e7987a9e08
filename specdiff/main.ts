import { loadReportDir } from '../config/reportConfig.ts';
import { specDiffCommand } from './specDiffCommand.ts';

process.exitCode = specDiffCommand(process.argv.slice(2), { out: console.log, err: console.error, reportDir: loadReportDir, cwd: process.cwd() });
