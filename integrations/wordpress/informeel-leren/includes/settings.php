<?php
/**
 * One site-wide setting, under Settings → General: the contact line every widget shows unless its
 * block or shortcode names another.
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

/** The option's name; uninstall.php deletes it. */
const INFORMEEL_LEREN_CONTACT_OPTION = 'informeel_leren_default_contact';

/** Registers the setting (also for the REST API); called on init, after the translations load. */
function informeel_leren_register_setting() {
	register_setting(
		'general',
		INFORMEEL_LEREN_CONTACT_OPTION,
		array(
			'type'              => 'string',
			'description'       => __( 'Contact line shown in the self-scan’s footer, e.g. an e-mail address.', 'informeel-leren' ),
			'sanitize_callback' => 'informeel_leren_sanitize_contact',
			'default'           => '',
			'show_in_rest'      => true,
		)
	);
}

/** The field on Settings → General. */
function informeel_leren_settings_field() {
	add_settings_field(
		INFORMEEL_LEREN_CONTACT_OPTION,
		__( 'Self-scan contact', 'informeel-leren' ),
		static function () {
			printf(
				'<input name="%1$s" id="%1$s" type="text" class="regular-text" value="%2$s" /><p class="description">%3$s</p>',
				esc_attr( INFORMEEL_LEREN_CONTACT_OPTION ),
				esc_attr( get_option( INFORMEEL_LEREN_CONTACT_OPTION, '' ) ),
				esc_html__( 'Shown in the footer of every “Informeel leren” block and shortcode that has no contact of its own.', 'informeel-leren' )
			);
		},
		'general',
		'default',
		array( 'label_for' => INFORMEEL_LEREN_CONTACT_OPTION )
	);
}
add_action( 'admin_init', 'informeel_leren_settings_field' );
