<?php
/**
 * Lets the widget's tags and attributes through kses in post content, so authors, contributors and
 * editors on hardened sites (DISALLOW_UNFILTERED_HTML) or multisites keep them. Attribute values
 * still pass kses's own checks; the widget reads them as text only.
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements to the tags allowed in the 'post' context.
 *
 * @param array        $allowed Tag => attributes allowed.
 * @param string|array $context The kses context.
 * @return array
 */
function informeel_leren_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( informeel_leren_element_attributes() as $tag => $attributes ) {
		$allowed[ $tag ] = array_merge( isset( $allowed[ $tag ] ) ? $allowed[ $tag ] : array(), array_fill_keys( $attributes, true ) );
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'informeel_leren_allowed_html', 10, 2 );
