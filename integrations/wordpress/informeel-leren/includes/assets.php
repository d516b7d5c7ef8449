<?php
/**
 * The widget's script, shipped inside the plugin (assets/, the built CDN bundle): registered on every
 * request, enqueued only on pages that show the widget.
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

/** The handle (and, on WordPress 6.5+, the script module id) of the widget's entry. */
const INFORMEEL_LEREN_SCRIPT = 'informeel-leren';

/**
 * Where the entry is; it fetches its chunks relative to its own address.
 *
 * @return string URL
 */
function informeel_leren_script_url() {
	return plugins_url( 'assets/informeel-leren.js', INFORMEEL_LEREN_FILE );
}

/** Registers the scripts and the stylesheet (nothing is printed until something enqueues them). */
function informeel_leren_register_assets() {
	if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress before 6.5 has no script modules: a classic script, printed with type="module".
		wp_register_script( INFORMEEL_LEREN_SCRIPT, informeel_leren_script_url(), array(), INFORMEEL_LEREN_VERSION, false );
	}
	wp_register_style( 'informeel-leren-reserve-space', plugins_url( 'css/reserve-space.css', INFORMEEL_LEREN_FILE ), array(), INFORMEEL_LEREN_VERSION );
	wp_register_script(
		'informeel-leren-editor',
		plugins_url( 'block/editor.js', INFORMEEL_LEREN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n', 'wp-server-side-render' ),
		INFORMEEL_LEREN_VERSION,
		true
	);
	wp_set_script_translations( 'informeel-leren-editor', 'informeel-leren', INFORMEEL_LEREN_DIR . '/languages' );
}

/**
 * Puts the widget's script (once, however often the widget appears) and its space-reserving
 * styles on the current page.
 */
function informeel_leren_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( INFORMEEL_LEREN_SCRIPT, informeel_leren_script_url(), array(), INFORMEEL_LEREN_VERSION );
	} else {
		wp_enqueue_script( INFORMEEL_LEREN_SCRIPT );
	}
	wp_enqueue_style( 'informeel-leren-reserve-space' );
}

/**
 * The classic script's tag as a module script (WordPress before 6.5, and the editor's preview).
 *
 * @param string $tag    The tag WordPress built.
 * @param string $handle Its handle.
 * @param string $src    Its address.
 * @return string
 */
function informeel_leren_module_tag( $tag, $handle, $src ) {
	if ( INFORMEEL_LEREN_SCRIPT !== $handle && 'informeel-leren-preview' !== $handle ) {
		return $tag;
	}
	return sprintf( "<script type=\"module\" src=\"%s\" id=\"%s-js\"></script>\n", esc_url( $src ), esc_attr( $handle ) );
}
add_filter( 'script_loader_tag', 'informeel_leren_module_tag', 10, 3 );

/**
 * In the block editor the preview (server-side rendered markup) needs the widget too. A classic
 * script printed as a module works in the editor page and, from WordPress 6.3, in its iframe.
 */
function informeel_leren_enqueue_preview() {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script( 'informeel-leren-preview', informeel_leren_script_url(), array(), INFORMEEL_LEREN_VERSION, false );
	wp_enqueue_style( 'informeel-leren-reserve-space' );
}
add_action( 'enqueue_block_assets', 'informeel_leren_enqueue_preview' );

/**
 * Tags typed by hand (a Custom HTML block, the code editor, a classic post) get the script too:
 * kses lets them through (see kses.php), so they should work.
 *
 * @param string $content The post's rendered content.
 * @return string The same content.
 */
function informeel_leren_enqueue_for_tags( $content ) {
	$names = implode( '|', array_map( 'preg_quote', array_keys( informeel_leren_element_attributes() ) ) );
	if ( is_string( $content ) && preg_match( '/<(?:' . $names . ')[\s>]/i', $content ) ) {
		informeel_leren_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'informeel_leren_enqueue_for_tags', 100 );
