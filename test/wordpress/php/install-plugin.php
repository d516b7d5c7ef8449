<?php
/**
 * Installs a plugin from its zip the way Plugins → Add New → Upload does (Plugin_Upgrader, which
 * unpacks with WordPress's own unzip), then activates it. Prints the result as JSON.
 * Arguments: the zip's path, the plugin's main file (folder/file.php).
 */
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
[$zip, $plugin] = $args;
wp_set_current_user(1);
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
$installed = $upgrader->install($zip);
if (true !== $installed) {
	fwrite(STDERR, is_wp_error($installed) ? $installed->get_error_message() : 'install failed: ' . implode("\n", $upgrader->skin->get_upgrade_messages()));
	exit(1);
}
$activated = activate_plugin($plugin);
if (is_wp_error($activated)) {
	fwrite(STDERR, $activated->get_error_message());
	exit(1);
}
echo json_encode(['active' => is_plugin_active($plugin), 'folder' => WP_PLUGIN_DIR . '/' . dirname($plugin)]);
