import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './smtp-sink.js';

/** A throw-away Dovecot IMAP server on loopback; any user name logs in with PASSWORD. */
export type Dovecot = { ok: true; port: number; password: string; stop(): Promise<void> } | { ok: false; reason: string };

const BINARY = '/usr/sbin/dovecot';
const PASSWORD = 'imap-test-password';

const reachable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });

/**
 * Starts Debian's dovecot (installed by .ci/mail) in the foreground with a
 * config in a temp dir: plaintext login on 127.0.0.1, a static password,
 * Maildir under the temp dir. Returns a reason instead when it cannot run.
 */
export async function startDovecot(): Promise<Dovecot> {
  if (!existsSync(BINARY)) return { ok: false, reason: `${BINARY} not found (install dovecot-imapd: .ci/mail)` };
  const dir = mkdtempSync(join(tmpdir(), 'coverdesk-dovecot-'));
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const me = userInfo();
  mkdirSync(join(dir, 'mail'), { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'mail'), 0o777);
  const owner = root ? 'uid=dovecot gid=dovecot' : `uid=${me.uid} gid=${me.gid}`;
  const nonRoot = root ? '' : `default_internal_user = ${me.username}\ndefault_login_user = ${me.username}\ndefault_internal_group = ${me.username}\n`;
  const chroot = root ? '' : '  chroot =\n';
  writeFileSync(
    join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 0
${nonRoot}passdb {
  driver = static
  args = password=${PASSWORD}
}
userdb {
  driver = static
  args = ${owner} home=${dir}/mail/%u
}
service imap-login {
${chroot}  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
${root ? '' : 'service anvil {\n  chroot =\n}\n'}`,
  );
  let child: ChildProcess;
  try {
    child = spawn(BINARY, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  } catch (e) {
    return { ok: false, reason: `dovecot did not start: ${(e as Error).message}` };
  }
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    if (await reachable(port)) {
      return {
        ok: true,
        port,
        password: PASSWORD,
        async stop() {
          if (!exited) {
            const gone = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            await gone;
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  const log = existsSync(join(dir, 'dovecot.log')) ? readFileSync(join(dir, 'dovecot.log'), 'utf8').slice(-600) : '(no log)';
  rmSync(dir, { recursive: true, force: true });
  return { ok: false, reason: `dovecot did not listen on 127.0.0.1:${port}: ${log}` };
}
