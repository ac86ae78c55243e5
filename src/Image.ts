/**
 * Images an article carries (IPTC ninjs renditions and associations, schema.org ImageObject): where the
 * file is, its caption and credit, its size in pixels and its media type.
 *
 * @module
 */
import * as t from 'io-ts'
import { refinedNumber } from './Refined.js'
import { struct } from './Struct.js'
import { NonEmptyString, Url } from './Text.js'
import { withGuard } from './internal/decodePath.js'
import { isImage } from './generated/guards/Image.js'

/**
 * The brand that marks a number as checked by {@link PixelCount}.
 *
 * @category model
 * @since 0.2.0
 */
export interface PixelCountBrand {
  readonly PixelCount: unique symbol
}

/**
 * A width or height in pixels: a whole number from 1.
 *
 * @example
 * import { PixelCount } from 'news-codecs'
 *
 * PixelCount.is(1920) //=> true
 * PixelCount.is(0) //=> false
 * PixelCount.is(640.5) //=> false
 * PixelCount.is('1920') //=> false
 *
 * @category primitives
 * @since 0.2.0
 */
export const PixelCount = /* @__PURE__ */ refinedNumber<PixelCountBrand>('PixelCount', 'a whole number of pixels from 1', (n) =>
  Number.isSafeInteger(n) && n >= 1 ? undefined : 'is not a whole number of pixels from 1',
)
/**
 * The type of a value {@link PixelCount} accepts.
 *
 * @category primitives
 * @since 0.2.0
 */
export type PixelCount = t.TypeOf<typeof PixelCount>

/**
 * The IANA media type of an image file. A closed list of the web's image formats; it may grow.
 *
 * @example
 * import { ImageMediaType } from 'news-codecs'
 *
 * ImageMediaType.is('image/jpeg') //=> true
 * ImageMediaType.is('image/jpg') //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const ImageMediaType = /* @__PURE__ */ t.keyof(
  { 'image/jpeg': null, 'image/png': null, 'image/gif': null, 'image/webp': null, 'image/avif': null, 'image/svg+xml': null },
  'ImageMediaType',
)
/**
 * The type of a value {@link ImageMediaType} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export type ImageMediaType = t.TypeOf<typeof ImageMediaType>

/**
 * An image of an article: its address, and what a feed says of it.
 *
 * @example
 * import { Image } from 'news-codecs'
 *
 * Image.is({ url: 'https://example.org/photos/lisbon.jpg', caption: 'The two ministers in Lisbon.',
 *   credit: 'Photo: Maria Silva', width: 1600, height: 900, mediaType: 'image/jpeg' }) //=> true
 * Image.is({ url: 'https://example.org/photos/lisbon.jpg', width: -1 }) //=> false
 *
 * @category model
 * @since 0.2.0
 */
export const Image = /* @__PURE__ */ withGuard(/* @__PURE__ */ struct(
  'Image',
  {
    /** Where the image file is. */
    url: Url,
  },
  {
    /** The caption as published. */
    caption: NonEmptyString,
    /** The credit line as published ("Photo: Maria Silva/Agency"). */
    credit: NonEmptyString,
    /** Width in pixels. */
    width: PixelCount,
    /** Height in pixels. */
    height: PixelCount,
    /** The file's media type. */
    mediaType: ImageMediaType,
  },
), isImage)
/**
 * The type of a value {@link Image} accepts.
 *
 * @category model
 * @since 0.2.0
 */
export interface Image extends t.TypeOf<typeof Image> {}
