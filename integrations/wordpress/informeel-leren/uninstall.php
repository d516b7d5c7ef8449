<?php
/**
 * Deleting the plugin removes everything it stored: its one option, on every site of a network.
 * The widget itself stores nothing on the server (answers stay in visitors' browsers).
 *
 * @package InformeelLeren
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$informeel_leren_options = array( 'informeel_leren_default_contact' );

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $informeel_leren_site ) {
		switch_to_blog( $informeel_leren_site );
		array_map( 'delete_option', $informeel_leren_options );
		restore_current_blog();
	}
} else {
	array_map( 'delete_option', $informeel_leren_options );
}
