/**
 * Converters from the formats newsrooms and researchers already hold: IPTC ninjs news items (2.x and 3.x,
 * in and out), PLOVER event records (in) and Popolo exports of people, offices, speeches and votes (in and
 * out). Each conversion returns the graph, its issues and its losses:
 * every source value the model has no home for, with its path, so nothing is dropped silently. They load
 * the library by its package name, so an application that never converts does not ship them.
 *
 * @example
 * import { fromNinjs } from 'news-codecs/converters'
 *
 * const { graph, losses } = fromNinjs({ uri: 'urn:example:item:1', bodies: [{ contentType: 'text/plain', value: 'Ministers met.' }] })
 * graph.articles.length //=> 1
 * losses //=> []
 *
 * @module
 */
export * from './Ninjs.js'
export * from './Plover.js'
export * from './Popolo.js'
