import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { fsReason } from "./fs-reason.ts";
import { InputError } from "./input-error.ts";

/** First read of a file whose size the file system does not know in advance (it grows while being read). */
const FIRST_READ_BYTES = 64 * 1024;

/**
 * Opens a file to read and checks, on the open descriptor, that it is a regular file: a device such as
 * /dev/zero never ends and a FIFO never answers. O_NONBLOCK keeps `open` itself from waiting for a FIFO's
 * writer; it changes nothing for regular files. The caller closes the descriptor.
 */
export function openRegularFile(file: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(file, fsReason(error));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(file, "is a directory");
    if (!info.isFile()) throw new InputError(file, `not a regular file (${fileKind(info)})`);
    return { fd, size: info.size };
  } catch (error) {
    closeSync(fd);
    throw error instanceof InputError ? error : new InputError(file, fsReason(error));
  }
}

function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}

/**
 * The bytes of an open regular file, or undefined as soon as more than `limit` bytes were read: the size
 * given by `fstat` is only a hint, since a file may grow while it is read.
 */
export function readAtMost(fd: number, size: number, limit: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(limit, size || FIRST_READ_BYTES) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(grown);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}
