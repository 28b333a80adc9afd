import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SECRET_BOX_MIN_SECRET_LENGTH } from '../../crypto/secret-box.ts';

export type AppSecretSource = 'env' | 'file' | 'generated' | 'none';

/**
 * The key material for secrets at rest. APP_SECRET wins; an embedded install without it gets one generated
 * once and kept in `<DATA_DIR>/app-secret` (owner-only), so a single-box owner never has to think about it.
 * With PostgreSQL every process must share the same secret, so we never invent one there: the file is used
 * only if an operator put it in place, otherwise secrets cannot be stored until APP_SECRET is set.
 */
export async function resolveAppSecret(opts: {
  appSecret: string | undefined;
  dataDir: string;
  isEmbedded: boolean;
}): Promise<{ secret: string | null; source: AppSecretSource }> {
  if (opts.appSecret) return { secret: opts.appSecret, source: 'env' };
  const file = path.join(opts.dataDir, 'app-secret');
  const existing = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
  if (existing && existing.length >= SECRET_BOX_MIN_SECRET_LENGTH)
    return { secret: existing, source: 'file' };
  if (!opts.isEmbedded) return { secret: null, source: 'none' };
  const secret = randomBytes(32).toString('base64url');
  await mkdir(opts.dataDir, { recursive: true });
  // 'wx' fails if another process raced us to it; then theirs is the one to use.
  const created = await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' }).then(
    () => true,
    () => false,
  );
  if (!created) return resolveAppSecret({ ...opts, isEmbedded: false });
  await chmod(file, 0o600);
  return { secret, source: 'generated' };
}
