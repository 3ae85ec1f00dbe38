export { launcherConfiguration, loadLauncherConfiguration, type LauncherConfig } from './config/launcher-configuration';
