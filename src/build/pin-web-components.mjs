// Production build only (pom.xml, profile "production"): run with the Node fetched by the build, just before
// Vaadin's build-frontend, which writes package.json and runs npm install.
//
// Vaadin 25.2.5 asks for the web components @vaadin/*@25.2.6, which the npm registry used here does not serve (it
// has 25.2.4 for all of them, and later 25.2.x patches for a few). The build tells Vaadin to leave the web components
// out of package.json (npmExcludeWebComponents) and this script adds them as the project's own dependencies (no
// record under "vaadin" > "dependencies", so Vaadin keeps them): DEFAULT for all, except the packages given as
// name=version. Those are the ones Vaadin still adds itself from its theme class (Lumo's @NpmPackage): Vaadin keeps
// a version newer than the one it asks. All stay in 25.2.x, and each one satisfies the others' ranges (~25.2.x), so
// npm installs a single copy of each. On a fresh clone the script creates package.json.
//
// Usage: node pin-web-components.mjs <package.json> <DEFAULT> [@vaadin/name=version ...]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// The web components of vaadin-core (the production bundle keeps only those the application uses).
const WEB_COMPONENTS = [
  'a11y-base', 'accordion', 'app-layout', 'avatar', 'avatar-group', 'badge', 'breadcrumbs', 'button', 'card',
  'checkbox', 'checkbox-group', 'combo-box', 'component-base', 'confirm-dialog', 'context-menu', 'custom-field',
  'date-picker', 'date-time-picker', 'details', 'dialog', 'email-field', 'field-base', 'field-highlighter',
  'form-layout', 'grid', 'horizontal-layout', 'icon', 'icons', 'input-container', 'integer-field', 'item', 'list-box',
  'lit-renderer', 'login', 'markdown', 'master-detail-layout', 'menu-bar', 'message-input', 'message-list',
  'multi-select-combo-box', 'notification', 'number-field', 'overlay', 'password-field', 'popover', 'progress-bar',
  'radio-group', 'scroller', 'select', 'side-nav', 'slider', 'split-layout', 'tabs', 'tabsheet', 'text-area',
  'text-field', 'time-picker', 'tooltip', 'upload', 'vaadin-lumo-styles', 'vaadin-themable-mixin', 'vertical-layout',
  'virtual-list',
].map((name) => `@vaadin/${name}`);

// Build tools Vaadin adds whose newest matching version the registry lists but does not serve (npm "overrides" of a
// package the project does not depend on directly; Vaadin keeps overrides it did not write).
const BUILD_TOOL_OVERRIDES = { '@preact/signals-react': '3.11.0' };

const [file, defaultVersion, ...exceptions] = process.argv.slice(2);
if (!file || !defaultVersion) {
  console.error('usage: node pin-web-components.mjs <package.json> <default version> [@vaadin/name=version ...]');
  process.exit(2);
}
const versions = new Map(WEB_COMPONENTS.map((name) => [name, defaultVersion]));
for (const exception of exceptions) {
  const at = exception.lastIndexOf('=');
  versions.set(exception.slice(0, at), exception.slice(at + 1));
}
const pkg = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const deps = (pkg.dependencies ??= {});
const recorded = pkg.vaadin?.dependencies ?? {};
for (const [name, version] of versions) {
  deps[name] = version;
  delete recorded[name];
}
Object.assign((pkg.overrides ??= {}), BUILD_TOOL_OVERRIDES);
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`${versions.size} composants web @vaadin/* fixés (${defaultVersion}, sauf ${exceptions.join(' ') || 'aucun'})`);
