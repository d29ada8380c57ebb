/**
 * Publishes images for export: a local PNG or SVG becomes a file under `images/` named by
 * its content hash, or a data URI with `--embed-images`; an http(s) URL is used as given
 * and never fetched.
 */
import type { Model } from '../model/model.js';
import { dataUri, sniffImage } from './image.js';
import { paths, urlOf } from './layout.js';
import { ExportError, type OutputFile } from './output.js';

export class ImagePublisher {
  readonly files = new Map<string, OutputFile>();

  constructor(
    private readonly model: Model,
    private readonly baseUrl: string,
    private readonly embed: boolean,
  ) {}

  /** Returns the URL or data URI to export for an image, given its file or URL. */
  publish(image: string, file: string | undefined): string {
    if (file === undefined) return image;

    const bytes = this.model.images.get(file)?.bytes;
    if (bytes === undefined) throw new ExportError(`Cannot export image "${image}": it could not be read.`);
    const sniffed = sniffImage(bytes);
    if ('other' in sniffed) throw new ExportError(`Cannot export image "${image}": it is ${sniffed.other}.`);

    if (this.embed) return dataUri(sniffed.type, bytes);
    const path = paths.image(bytes, sniffed.type);
    this.files.set(path, { path, content: bytes });
    return urlOf(this.baseUrl, path);
  }
}
