/** The command lines of `npm run deploy` and `npm run cloud:verify`: `--env <envId>`, `--dry-run`, `--json`. */
export interface DeployArgs {
  envId: string;
  dryRun: boolean;
  json: boolean;
}

export function parseArgs(argv: string[]): DeployArgs {
  const args: DeployArgs = { envId: '', dryRun: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--json') args.json = true;
    else if (a === '--env' && i + 1 < argv.length) args.envId = argv[++i];
    else if (a.startsWith('--env=')) args.envId = a.slice('--env='.length);
    else throw new Error(`unknown argument ${a} (use --env <envId>, --dry-run, --json)`);
  }
  if (!args.dryRun && args.envId === '') throw new Error('name the environment: --env <envId>');
  return args;
}
