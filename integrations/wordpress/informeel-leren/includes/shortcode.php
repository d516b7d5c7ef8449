<?php
/**
 * [informeel_leren steps="all" lang="" group="" contact=""] for classic editors and page builders;
 * the same options as the block (and profile="" challenge="" with steps="action-list").
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

/** Registers the shortcode. */
function informeel_leren_register_shortcode() {
	add_shortcode( 'informeel_leren', 'informeel_leren_shortcode' );
}

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string HTML
 */
function informeel_leren_shortcode( $atts ) {
	return informeel_leren_render( shortcode_atts( informeel_leren_default_options(), $atts, 'informeel_leren' ) );
}
