<?php
/**
 * The plugin's texts in this request's locale, as WordPress loads them for PHP (the .mo), for the
 * block editor (the editor script's JSON) and for the block's registration (block.json's title and
 * description). Prints JSON.
 */
$block = WP_Block_Type_Registry::get_instance()->get_registered('informeel-leren/scan');
echo json_encode([
	'locale' => determine_locale(),
	'php' => __('Self-scan contact', 'informeel-leren'),
	'editor' => json_decode((string) load_script_textdomain('informeel-leren-editor', 'informeel-leren', WP_PLUGIN_DIR . '/informeel-leren/languages'), true),
	'block' => ['title' => $block->title, 'description' => $block->description, 'keywords' => $block->keywords],
]);
