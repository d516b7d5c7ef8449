<?php
/**
 * The "Informeel leren" block: dynamic, rendered by block/render.php.
 *
 * @package InformeelLeren
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from block/block.json (its editor script is registered in assets.php). */
function informeel_leren_register_block() {
	register_block_type( INFORMEEL_LEREN_DIR . '/block' );
}
