<?php
/**
 * Creates a user with the author role and an application password for the REST API.
 * Arguments: login. Prints { id, login, password (the application password), loginPassword, unfiltered_html }.
 */
[$login] = $args;
$login_password = wp_generate_password(24, false);
$id = wp_insert_user(['user_login' => $login, 'user_pass' => $login_password, 'user_email' => $login . '@example.test', 'role' => 'author']);
if (is_wp_error($id)) {
	fwrite(STDERR, $id->get_error_message());
	exit(1);
}
// Someone who has used the block editor before: its welcome guide stays closed.
global $wpdb;
update_user_meta($id, $wpdb->get_blog_prefix() . 'persisted_preferences', ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);
[$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'plugin test']);
echo json_encode(['id' => $id, 'login' => $login, 'password' => $password, 'loginPassword' => $login_password, 'unfiltered_html' => user_can($id, 'unfiltered_html')]);
