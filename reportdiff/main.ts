import { loadReportDir } from '../config/reportConfig.ts';
import { reportDiffCommand } from './reportDiffCommand.ts';

process.exitCode = reportDiffCommand(process.argv.slice(2), { out: console.log, err: console.error, reportDir: loadReportDir, cwd: process.cwd() });
