// Encodes a drawn board picture as PNG off the main thread.
//
// Chromium encodes a main-thread canvas.toBlob (and a main-thread OffscreenCanvas.convertToBlob)
// PNG in idle tasks, and starts it unprompted only after 1 s when the page gives it no idle
// period (kIdleTaskStartTimeoutDelayMs in canvas_async_blob_creator.cc). Right after the
// Export click there usually is none: the 16-megapixel export spent ~1.2 s in convertToBlob,
// ~1 s of it waiting. In a worker there is no idle scheduling and the encode starts at once
// (~0.1 s for 16 megapixels).
export interface PngEncodeRequest {
  bitmap: ImageBitmap;
}

export type PngEncodeReply = { ok: true; blob: Blob } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<PngEncodeRequest>) => {
  const { bitmap } = event.data;
  let reply: PngEncodeReply;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('no bitmap renderer');
    context.transferFromImageBitmap(bitmap);
    reply = { ok: true, blob: await canvas.convertToBlob({ type: 'image/png' }) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
