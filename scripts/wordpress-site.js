#!/usr/bin/env node
// A throwaway WordPress for tests and for trying the plugin by hand: Debian's `wordpress` package
// (copied to a temporary folder with a wp-config.php of our own), a private MariaDB data folder on
// a socket of its own (no TCP port), and PHP's built-in web server on 127.0.0.1. Nothing outside
// the temporary folder is written, and stopping removes it.
//
//   node scripts/wordpress-site.js [port]     starts one, prints its address and logins; Ctrl+C stops it
//   node scripts/wordpress-site.js --missing  prints the Debian packages still to install (nothing: all there)
//
// Debian packages: wordpress mariadb-server php-cli php-mysql php-xml php-mbstring
// wordpress-theme-twentytwentythree.
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);

/** Where Debian's packages put what the site needs. */
export const debianPaths = {
  wordpress: '/usr/share/wordpress',
  theme: '/usr/share/wordpress/wp-content/themes/twentytwentythree',
  php: '/usr/bin/php',
  mariadbd: '/usr/sbin/mariadbd',
  installDb: '/usr/bin/mariadb-install-db',
  client: '/usr/bin/mariadb',
};

/**
 * What is missing to start a site here, as the Debian packages to install (empty: all there).
 * @returns {Promise<string[]>}
 */
export async function missingPackages() {
  const missing = new Set();
  if (!existsSync(join(debianPaths.wordpress, 'wp-settings.php'))) missing.add('wordpress');
  if (!existsSync(debianPaths.theme)) missing.add('wordpress-theme-twentytwentythree');
  if (![debianPaths.mariadbd, debianPaths.installDb, debianPaths.client].every(existsSync)) missing.add('mariadb-server');
  if (!existsSync(debianPaths.php)) missing.add('php-cli');
  else {
    const { stdout } = await run(debianPaths.php, ['-m']);
    const modules = stdout.toLowerCase().split('\n');
    if (!modules.includes('mysqli')) missing.add('php-mysql');
    if (!modules.includes('xml')) missing.add('php-xml');
    if (!modules.includes('mbstring')) missing.add('php-mbstring');
  }
  return [...missing];
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for the PHP server). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a long-running process and resolves once a line of its output matches `ready`. Rejects
 * with its output if it exits first.
 */
function startProcess(command, args, { ready, env, name }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      if (ready.test(output)) {
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.off('exit', onExit);
        child.stdout.resume();
        child.stderr.resume();
        resolve(child);
      }
    };
    const onExit = (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', onExit);
    child.once('error', reject);
  });
}

/** Sends a signal to the process group of a child this module started; false if it is gone. */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Ends a process group this module started and waits for its leader to exit. */
function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    if (!signalGroup(child, 'SIGTERM')) resolve();
  });
}

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function wpConfig({ url, socket, debugLog }) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', '${randomBytes(32).toString('hex')}');`)
    .join('\n');
  return `<?php
// A throwaway test site; written by scripts/wordpress-site.js.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
// 'local' lets application passwords work over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
// Offline: WordPress asks nothing of the internet.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${phpString(debugLog)});
define('WP_DEBUG_DISPLAY', false);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

// Loads WordPress in the command line for one PHP file given as argument, with the request it would
// have on the site (some of WordPress reads the host and the address).
const CLI_BOOTSTRAP = `<?php
$file = $argv[1];
$url = parse_url(getenv('WP_TEST_URL'));
$_SERVER['HTTP_HOST'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['SERVER_PORT'] = $url['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if (getenv('WP_TEST_INSTALLING')) define('WP_INSTALLING', true);
// A request in another language than the site's (as for a user who chose one): hooks set before
// WordPress loads take effect from its start, so plugins load their translations in that language.
if (getenv('WP_TEST_LOCALE')) {
	$wp_filter['pre_determine_locale'][10][] = array('function' => static fn() => getenv('WP_TEST_LOCALE'), 'accepted_args' => 1);
}
require __DIR__ . '/wordpress/wp-load.php';
$args = array_slice($argv, 2);
require $file;
`;

const INSTALL = `<?php
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
[$title, $user, $email, $password] = $args;
$result = wp_install($title, $user, $email, true, '', wp_slash($password));
update_option('permalink_structure', '');
echo json_encode(['user_id' => $result['user_id']]);
`;

/**
 * @typedef {object} WordPressSite
 * @property {string} url the site's address, e.g. http://127.0.0.1:41234
 * @property {string} dir the temporary folder (wordpress/ is the site's root)
 * @property {string} wordpressDir
 * @property {string} debugLog the file WP_DEBUG_LOG writes PHP notices and warnings to
 * @property {{ user: string, password: string }} admin
 * @property {(file: string, ...args: string[]) => Promise<string>} php runs a PHP file inside WordPress (its $args hold the arguments); resolves with its output
 * @property {(locale: string, file: string, ...args: string[]) => Promise<string>} phpIn the same, for a request in that locale
 * @property {(sql: string) => Promise<string>} sql runs SQL on the site's database; resolves with the tab-separated rows
 * @property {() => Promise<void>} stop stops the servers and removes the folder
 */

/**
 * Starts a throwaway WordPress, installed and ready, with an administrator.
 * @param {{ port?: number, title?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<WordPressSite>}
 */
export async function startWordPress({ port, title = 'Informeel leren test', log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'il-wp-'));
  const socket = join(dir, 'mysql.sock');
  const wordpressDir = join(dir, 'wordpress');
  const debugLog = join(dir, 'debug.log');
  const children = [];
  // If this process ends without stop() (a test runner's process.exit() on Ctrl+C, an uncaught
  // error), the servers would outlive it in their own process groups: end them on the way out.
  // The data is throwaway: SIGKILL, so nothing writes into the folder while it is removed.
  const stopNow = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGKILL');
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      console.error(`wordpress-site: could not remove ${dir}: ${error.message}`);
    }
  };
  process.on('exit', stopNow);
  const stop = async () => {
    process.off('exit', stopNow);
    for (const child of children.reverse()) await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    log('database: a private data folder');
    await run(debianPaths.installDb, ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve']);
    children.push(
      await startProcess(
        debianPaths.mariadbd,
        ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'mariadb.pid')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'],
        { ready: /ready for connections/, name: 'mariadbd' },
      ),
    );
    const sql = async (statement) => (await run(debianPaths.client, ['--no-defaults', `--socket=${socket}`, '-uroot', '--batch', '--skip-column-names', '-e', statement])).stdout;
    await sql("CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';");

    log('WordPress: a copy of Debian’s files with a config of our own');
    // Debian links some files to its own packages by relative paths (underscore.js, …): copy what they point to.
    cpSync(debianPaths.wordpress, wordpressDir, { recursive: true, dereference: true });
    const url = `http://127.0.0.1:${port ?? (await freePort())}`;
    writeFileSync(join(wordpressDir, 'wp-config.php'), wpConfig({ url, socket, debugLog }));
    writeFileSync(join(dir, 'cli.php'), CLI_BOOTSTRAP);
    writeFileSync(join(dir, 'install.php'), INSTALL);
    const phpIn = async (locale, file, ...args) =>
      (
        await run(debianPaths.php, [join(dir, 'cli.php'), file, ...args], {
          env: { ...process.env, WP_TEST_URL: url, WP_TEST_INSTALLING: file === join(dir, 'install.php') ? '1' : '', WP_TEST_LOCALE: locale },
        })
      ).stdout;
    const php = (file, ...args) => phpIn('', file, ...args);

    const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
    await php(join(dir, 'install.php'), title, admin.user, 'admin@example.test', admin.password);

    log(`web server: ${url}`);
    children.push(
      await startProcess(debianPaths.php, ['-S', url.replace('http://', ''), '-t', wordpressDir], {
        // Several workers, so the browser's parallel requests for the widget's chunks are served in parallel.
        env: { PHP_CLI_SERVER_WORKERS: '4' },
        ready: /Development Server .* started/,
        name: 'php -S',
      }),
    );
    return { url, dir, wordpressDir, debugLog, admin, php, phpIn, sql, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// As a command: start a site and keep it until Ctrl+C.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--missing') {
  const missing = await missingPackages();
  if (missing.length) console.log(missing.join(' '));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = await missingPackages();
  if (missing.length) {
    console.error(`Missing Debian packages: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    process.exit(1);
  }
  const site = await startWordPress({ port: process.argv[2] ? Number(process.argv[2]) : undefined, log: (line) => console.log(line) });
  console.log(`\nWordPress is running at ${site.url}/  (log in at ${site.url}/wp-login.php as ${site.admin.user} / ${site.admin.password})`);
  console.log(`Files: ${site.dir}. Ctrl+C stops it and removes them.`);
  const shutdown = async () => {
    await site.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
