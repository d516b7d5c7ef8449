<?php
/**
 * The widget's elements and their attributes: the lists the block, the shortcode and kses share,
 * the sanitising of every option, and the markup.
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

/**
 * The "steps" option: which element shows which part of the flow.
 *
 * @return array<string,string> step => element name
 */
function informeel_leren_steps() {
	return array(
		'all'              => 'informeel-leren-scan',
		'profile-scan'     => 'profile-scan',
		'challenge-picker' => 'challenge-picker',
		'action-list'      => 'action-list',
	);
}

/**
 * Every element the widget defines, with the attributes it reads (for kses).
 *
 * @return array<string,string[]> element name => attribute names
 */
function informeel_leren_element_attributes() {
	$common = array( 'lang', 'group', 'contact' );
	return array(
		'informeel-leren-scan'   => $common,
		'profile-scan'           => $common,
		'challenge-picker'       => $common,
		'action-list'            => array_merge( $common, array( 'profile', 'challenge' ) ),
		'team-view'              => $common,
		'informeel-leren-footer' => array( 'group', 'contact' ),
	);
}

/** The widget's languages. */
const INFORMEEL_LEREN_LANGUAGES = array( 'nl', 'fr', 'en' );

/** Profile ids an action list can be fixed to. */
const INFORMEEL_LEREN_PROFILES = array( 'ambitie', 'basis', 'employee-journey', 'groei', 'lerende-organisatie' );

/**
 * The options of the block and the shortcode, with their defaults.
 *
 * @return array<string,string>
 */
function informeel_leren_default_options() {
	return array(
		'steps'     => 'all',
		'lang'      => '',
		'group'     => '',
		'contact'   => '',
		'profile'   => '',
		'challenge' => '',
	);
}

/**
 * The widget's language for the page: WordPress's locale (which multilingual plugins set per page),
 * nl_* → nl, fr_* → fr, anything else → en.
 *
 * @return string
 */
function informeel_leren_page_language() {
	$language = strtolower( substr( (string) get_locale(), 0, 2 ) );
	return in_array( $language, INFORMEEL_LEREN_LANGUAGES, true ) ? $language : 'en';
}

/**
 * A contact line as plain text: a lone e-mail address is checked as one, anything else loses tags
 * and line breaks.
 *
 * @param mixed $value What the editor typed.
 * @return string
 */
function informeel_leren_sanitize_contact( $value ) {
	$value = trim( sanitize_text_field( (string) $value ) );
	if ( false !== strpos( $value, '@' ) && ! preg_match( '/\s/', $value ) ) {
		return is_email( $value ) ? sanitize_email( $value ) : '';
	}
	return $value;
}

/**
 * Checks every option against its list; unknown values fall back to their default.
 *
 * @param array $options Raw options (block attributes or shortcode attributes).
 * @return array<string,string> steps, lang, group, contact, profile, challenge
 */
function informeel_leren_sanitize_options( $options ) {
	$options = array_merge( informeel_leren_default_options(), array_map( 'strval', array_filter( (array) $options, 'is_scalar' ) ) );
	$steps   = array_key_exists( $options['steps'], informeel_leren_steps() ) ? $options['steps'] : 'all';
	$lang    = in_array( $options['lang'], INFORMEEL_LEREN_LANGUAGES, true ) ? $options['lang'] : informeel_leren_page_language();
	$contact = informeel_leren_sanitize_contact( $options['contact'] );
	if ( '' === $contact ) {
		$contact = informeel_leren_sanitize_contact( get_option( 'informeel_leren_default_contact', '' ) );
	}
	// A fixed profile or challenge only means something to the action list.
	$fixed = 'action-list' === $steps;
	return array(
		'steps'     => $steps,
		'lang'      => $lang,
		// The group names the scan's saved answers; any text is fine, it is only ever an attribute value.
		'group'     => function_exists( 'mb_substr' ) ? mb_substr( trim( $options['group'] ), 0, 100 ) : substr( trim( $options['group'] ), 0, 100 ),
		'contact'   => $contact,
		'profile'   => $fixed && in_array( $options['profile'], INFORMEEL_LEREN_PROFILES, true ) ? $options['profile'] : '',
		'challenge' => $fixed && preg_match( '/^[1-9]$/', $options['challenge'] ) ? $options['challenge'] : '',
	);
}

/**
 * The element for the options, every attribute escaped. Empty attributes are left out, so the
 * widget's own defaults apply.
 *
 * @param array $options Sanitised options (see informeel_leren_sanitize_options()).
 * @return string HTML
 */
function informeel_leren_element_html( $options ) {
	$tag        = informeel_leren_steps()[ $options['steps'] ];
	$attributes = '';
	foreach ( array( 'lang', 'group', 'contact', 'profile', 'challenge' ) as $name ) {
		if ( '' !== $options[ $name ] ) {
			$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $options[ $name ] ) );
		}
	}
	return sprintf( '<%1$s%2$s></%1$s>', $tag, $attributes );
}

/**
 * What the block and the shortcode output: the element, with the script enqueued for this page.
 *
 * @param array $options Raw options.
 * @return string HTML
 */
function informeel_leren_render( $options ) {
	informeel_leren_enqueue();
	return informeel_leren_element_html( informeel_leren_sanitize_options( $options ) );
}
