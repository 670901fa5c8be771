// The installer configuration ("build" in package.json) as promised in issue 3. The packaging check
// (scripts/check-package.mjs) proves the packed result; this test pins the intent of each setting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const build = pkg.build;

describe('electron-builder configuration', () => {
  it('names the app', () => {
    expect(build.appId).toBe('org.prayerdesk.app');
    expect(build.productName).toBe('Prayer Desk');
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('packs only the built app into app.asar, and the samples and icon beside it', () => {
    expect(build.asar).toBe(true);
    expect(build.files).toEqual(
      expect.arrayContaining(['dist-electron/**', 'dist/renderer/**', 'package.json']),
    );
    expect(build.files).toContain('!node_modules/**');
    expect(build.files.some((f: string) => /^(test|electron|shared|renderer)\//.test(f))).toBe(false);
    expect(build.extraResources).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'resources/samples', to: 'samples' })]),
    );
  });

  it('flips the fuses that close the usual doors', () => {
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('installs per user on Windows, without admin rights', () => {
    expect(build.win.target).toEqual([expect.objectContaining({ target: 'nsis' })]);
    expect(build.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    // One-click per-user installs never show the "all users" choice that would need elevation.
    expect(build.nsis.oneClick).toBe(true);
    expect(build.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds a dmg on macOS and AppImage + deb on Linux', () => {
    expect(build.mac.target).toEqual([expect.objectContaining({ target: 'dmg' })]);
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('has an icon big enough for every platform', () => {
    const png = readFileSync(path.join(root, build.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR width and height, big-endian, at bytes 16–23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('has the scripts CI and maintainers run', () => {
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
    expect(pkg.scripts['pack:check']).toBe('node scripts/check-package.mjs');
    expect(pkg.scripts['check:security']).toBe('node scripts/check-electronegativity.mjs');
  });
});
