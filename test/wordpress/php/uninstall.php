<?php
/**
 * Deactivates and deletes a plugin the way Plugins → Delete does (which runs its uninstall.php).
 * Arguments: the plugin's main file (folder/file.php). Prints { deleted, folder_left }.
 */
require_once ABSPATH . 'wp-admin/includes/admin.php';
[$plugin] = $args;
wp_set_current_user(1);
deactivate_plugins($plugin);
$deleted = delete_plugins([$plugin]);
if (is_wp_error($deleted)) {
	fwrite(STDERR, $deleted->get_error_message());
	exit(1);
}
echo json_encode(['deleted' => true === $deleted, 'folder_left' => file_exists(WP_PLUGIN_DIR . '/' . dirname($plugin))]);
