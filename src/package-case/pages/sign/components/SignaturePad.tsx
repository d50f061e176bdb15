import { Canvas, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

/** What the page asks of the pad: a PNG of the drawing (a file path in weapp, a data URL in h5), or clear it. */
export interface SignaturePadHandle {
  /** Null while nothing was drawn: an empty signature is no signature. */
  exportPng(): Promise<string | null>;
  clear(): void;
}

type Ctx = CanvasRenderingContext2D;
interface Surface {
  canvas: HTMLCanvasElement;
  ctx: Ctx;
}

const CANVAS_ID = 'signature-pad';

/** Thick dark strokes that stay legible printed at signature size. */
function prepare(ctx: Ctx, scale: number): void {
  ctx.scale(scale, scale);
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#111111';
}

/** White paper under the ink, so the PNG is not transparent when printed. */
function paintWhite(s: Surface): void {
  s.ctx.save();
  s.ctx.setTransform(1, 0, 0, 1, 0, 0);
  s.ctx.fillStyle = '#ffffff';
  s.ctx.fillRect(0, 0, s.canvas.width, s.canvas.height);
  s.ctx.restore();
}

/**
 * A handwritten signature drawn with a finger: a `type="2d"` canvas in weapp (the node from a selector
 * query, scaled to the pixel ratio), a plain `<canvas>` in h5 with pointer events. White behind the ink,
 * so the PNG prints as written.
 */
export const SignaturePad = forwardRef<SignaturePadHandle>(function SignaturePad(_props, ref) {
  const surface = useRef<Surface | null>(null);
  const drawn = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const h5Canvas = useRef<HTMLCanvasElement | null>(null);

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const canvas = h5Canvas.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const rect = canvas.getBoundingClientRect();
      const ratio = window.devicePixelRatio || 1;
      canvas.width = rect.width * ratio;
      canvas.height = rect.height * ratio;
      prepare(ctx, ratio);
      surface.current = { canvas, ctx };
      paintWhite(surface.current);
      return;
    }
    // The page's own query (`in`): a canvas inside the page's components is found from the page.
    const page = Taro.getCurrentInstance().page;
    Taro.nextTick(() => {
      const query = Taro.createSelectorQuery();
      (page ? query.in(page) : query)
        .select(`#${CANVAS_ID}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node: HTMLCanvasElement; width: number; height: number } | null>) => {
          const found = res?.[0];
          if (!found?.node) return;
          const ratio = Taro.getWindowInfo?.().pixelRatio ?? 2;
          found.node.width = found.width * ratio;
          found.node.height = found.height * ratio;
          const ctx = found.node.getContext('2d') as Ctx;
          prepare(ctx, ratio);
          surface.current = { canvas: found.node, ctx };
          paintWhite(surface.current);
        });
    });
  }, []);

  const start = (x: number, y: number) => {
    last.current = { x, y };
  };
  const move = (x: number, y: number) => {
    const s = surface.current;
    const from = last.current;
    if (!s || !from) return;
    s.ctx.beginPath();
    s.ctx.moveTo(from.x, from.y);
    s.ctx.lineTo(x, y);
    s.ctx.stroke();
    last.current = { x, y };
    drawn.current = true;
  };
  const end = () => {
    last.current = null;
  };

  useImperativeHandle(ref, () => ({
    clear() {
      if (surface.current) paintWhite(surface.current);
      drawn.current = false;
    },
    async exportPng() {
      const s = surface.current;
      if (!s || !drawn.current) return null;
      if (process.env.TARO_ENV === 'h5') return s.canvas.toDataURL('image/png');
      const res = await Taro.canvasToTempFilePath({ canvas: s.canvas as never, fileType: 'png' });
      return res.tempFilePath;
    },
  }));

  if (process.env.TARO_ENV === 'h5') {
    const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
      const r = e.currentTarget.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top] as const;
    };
    return (
      <View className="sign-pad">
        <canvas
          ref={h5Canvas}
          className="sign-pad__canvas"
          onPointerDown={(e) => start(...at(e))}
          onPointerMove={(e) => move(...at(e))}
          onPointerUp={end}
          onPointerLeave={end}
        />
      </View>
    );
  }
  type Touch = { touches: Array<{ x: number; y: number }> };
  const point = (e: unknown) => (e as Touch).touches[0] ?? { x: 0, y: 0 };
  return (
    <View className="sign-pad">
      <Canvas
        type="2d"
        id={CANVAS_ID}
        className="sign-pad__canvas"
        disableScroll
        onTouchStart={(e) => start(point(e).x, point(e).y)}
        onTouchMove={(e) => move(point(e).x, point(e).y)}
        onTouchEnd={end}
      />
    </View>
  );
});
