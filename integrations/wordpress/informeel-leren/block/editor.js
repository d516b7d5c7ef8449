/**
 * The "Informeel leren" block in the editor: its settings in the sidebar and a preview rendered by
 * the server (the same markup as on the page, shown by the widget's own script). Plain JavaScript on
 * WordPress's globals, so the plugin needs no build step.
 */
( function ( blocks, element, components, blockEditor, i18n, ServerSideRender ) {
	'use strict';

	const el = element.createElement;
	const __ = i18n.__;
	const { PanelBody, SelectControl, TextControl, Disabled } = components;
	const { InspectorControls, useBlockProps } = blockEditor;

	/** The profiles' names are the instrument's own, the same in every language. */
	const profiles = [
		[ 'ambitie', 'Krachtige ambitie' ],
		[ 'basis', 'Krachtige basis' ],
		[ 'employee-journey', 'Employee journey' ],
		[ 'groei', 'Krachtige groeimogelijkheden' ],
		[ 'lerende-organisatie', 'Lerende organisatie' ],
	];

	function settings( attributes, setAttributes ) {
		const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
		const fields = [
			el( SelectControl, {
				key: 'steps',
				label: __( 'Steps', 'informeel-leren' ),
				value: attributes.steps,
				options: [
					{ value: 'all', label: __( 'Whole flow: scan, challenge, actions', 'informeel-leren' ) },
					{ value: 'profile-scan', label: __( 'Only the scan', 'informeel-leren' ) },
					{ value: 'challenge-picker', label: __( 'Only the challenges', 'informeel-leren' ) },
					{ value: 'action-list', label: __( 'Only the actions', 'informeel-leren' ) },
				],
				help: __( 'Single steps on one page work together when they share a group.', 'informeel-leren' ),
				onChange: set( 'steps' ),
			} ),
			el( SelectControl, {
				key: 'lang',
				label: __( 'Language', 'informeel-leren' ),
				value: attributes.lang,
				options: [
					{ value: '', label: __( 'Language of the page', 'informeel-leren' ) },
					{ value: 'nl', label: __( 'Dutch', 'informeel-leren' ) },
					{ value: 'fr', label: __( 'French', 'informeel-leren' ) },
					{ value: 'en', label: __( 'English', 'informeel-leren' ) },
				],
				onChange: set( 'lang' ),
			} ),
			el( TextControl, {
				key: 'group',
				label: __( 'Group', 'informeel-leren' ),
				value: attributes.group,
				help: __( 'Blocks with the same group share one scan. Leave empty unless a page holds two separate scans.', 'informeel-leren' ),
				onChange: set( 'group' ),
			} ),
			el( TextControl, {
				key: 'contact',
				label: __( 'Contact', 'informeel-leren' ),
				value: attributes.contact,
				help: __( 'Shown in the footer, e.g. an e-mail address. Empty: the site’s contact from Settings → General.', 'informeel-leren' ),
				onChange: set( 'contact' ),
			} ),
		];
		if ( attributes.steps === 'action-list' ) {
			fields.push(
				el( SelectControl, {
					key: 'profile',
					label: __( 'Profile', 'informeel-leren' ),
					value: attributes.profile,
					options: [ { value: '', label: __( 'The scan’s result', 'informeel-leren' ) } ].concat(
						profiles.map( ( [ value, label ] ) => ( { value, label } ) )
					),
					onChange: set( 'profile' ),
				} ),
				el( SelectControl, {
					key: 'challenge',
					label: __( 'Challenge', 'informeel-leren' ),
					value: attributes.challenge,
					options: [ { value: '', label: __( 'The challenge picked on the page', 'informeel-leren' ) } ].concat(
						[ '1', '2', '3', '4', '5', '6', '7', '8', '9' ].map( ( value ) => ( {
							value,
							/* translators: %s: the challenge's number, 1 to 9 */
							label: i18n.sprintf( __( 'Challenge %s', 'informeel-leren' ), value ),
						} ) )
					),
					onChange: set( 'challenge' ),
				} )
			);
		}
		return el( InspectorControls, null, el( PanelBody, { title: __( 'Self-scan', 'informeel-leren' ) }, fields ) );
	}

	blocks.registerBlockType( 'informeel-leren/scan', {
		edit( { attributes, setAttributes } ) {
			return el(
				'div',
				useBlockProps(),
				settings( attributes, setAttributes ),
				// Disabled: the preview shows the first screen; clicks select the block instead of starting the scan.
				el( Disabled, null, el( ServerSideRender, { block: 'informeel-leren/scan', attributes } ) )
			);
		},
		// Dynamic: the page gets its markup from render.php.
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.element, window.wp.components, window.wp.blockEditor, window.wp.i18n, window.wp.serverSideRender );
