/**
 * Post content as WordPress's editors save it, and saving it through the REST API as a given user
 * (so WordPress applies that user's filters: kses for an author).
 */

/**
 * A block's attributes as the block editor writes them into the block's comment
 * (`serializeAttributes` in @wordpress/blocks): JSON with the characters that could end the comment
 * or open a tag written as unicode escapes.
 * @param {Record<string, string>} attributes
 */
export function serializeAttributes(attributes) {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/**
 * A dynamic block without inner content, as the editor saves it.
 * @param {string} name e.g. informeel-leren/scan
 * @param {Record<string, string>} attributes
 */
export const dynamicBlock = (name, attributes) =>
  `<!-- wp:${name.replace(/^core\//, '')} ${Object.keys(attributes).length ? `${serializeAttributes(attributes)} ` : ''}/-->`;

/** A paragraph block. */
export const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/** A shortcode block (the editor's "Shortcode" block keeps the text as it is). */
export const shortcodeBlock = (shortcode) => `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`;

/** A Custom HTML block. */
export const htmlBlock = (markup) => `<!-- wp:html -->\n${markup}\n<!-- /wp:html -->`;

/**
 * A REST client for one user, authenticated with an application password (HTTP Basic).
 * @param {string} siteUrl
 * @param {{ login: string, password: string }} user
 */
export function restClient(siteUrl, user) {
  const authorization = `Basic ${Buffer.from(`${user.login}:${user.password}`).toString('base64')}`;
  /** @returns {Promise<any>} */
  const request = async (method, route, body) => {
    // Plain permalinks: the API answers at ?rest_route=.
    const url = new URL(siteUrl);
    url.searchParams.set('rest_route', route.split('?')[0]);
    for (const [key, value] of new URLSearchParams(route.split('?')[1] ?? '')) url.searchParams.set(key, value);
    const response = await fetch(url, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route} as ${user.login}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    /** Publishes a post; resolves with { id, link, raw } (raw: the content as saved). */
    async publishPost(title, content) {
      const created = await request('POST', '/wp/v2/posts', { title, content, status: 'publish' });
      const saved = await request('GET', `/wp/v2/posts/${created.id}?context=edit`);
      return { id: created.id, link: created.link, raw: saved.content.raw };
    },
    /** What the block editor's preview asks for: the block rendered by the server. */
    async renderBlock(name, attributes) {
      return request('POST', `/wp/v2/block-renderer/${name}?context=edit`, { attributes });
    },
    request,
  };
}
