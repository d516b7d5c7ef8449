<?php
/**
 * Plugin Name:       Informeel leren
 * Plugin URI:        https://www.npmjs.com/package/informeel-leren
 * Description:       The self-scan for informal workplace learning as a block and a shortcode: 20 statements, a maturity profile, a challenge and the recommended actions. Answers stay in the visitor's browser.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            informeel-leren contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       informeel-leren
 * Domain Path:       /languages
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

define( 'INFORMEEL_LEREN_VERSION', '0.1.0' );
define( 'INFORMEEL_LEREN_FILE', __FILE__ );
define( 'INFORMEEL_LEREN_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';

add_action(
	'init',
	static function () {
		// Before the block is registered: block.json's title and description are translated on registration.
		load_plugin_textdomain( 'informeel-leren', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
		informeel_leren_register_setting();
		informeel_leren_register_assets();
		informeel_leren_register_block();
		informeel_leren_register_shortcode();
	}
);
