<?php
/**
 * The block on the page: a wrapper with the block's classes around one element.
 *
 * @package InformeelLeren
 *
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

// The element's attributes are escaped in informeel_leren_element_html(); the wrapper's by WordPress.
echo '<div ' . get_block_wrapper_attributes() . '>' . informeel_leren_render( $attributes ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
