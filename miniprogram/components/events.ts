/** The event a tap handler receives, with the `data-*` attributes of the tapped node. */
export type DataEvent<D extends Record<string, string | number>> = WechatMiniprogram.CustomEvent<Record<string, unknown>, Record<string, unknown>, D>;

/** The event a Vant input or switch sends: `detail` is the new value. */
export type ValueEvent<V> = { detail: V };
