/** Typed calls of the `navigation` cloud function: routes inside the hospital and its places. The care path is the queue function's (api/queue.ts); re-exported for the home page until it imports it from there. */
import type { PlacesView, RouteInput, RouteView } from '../shared/dto/navigation';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('navigation', action, params);

export const findRoute = (input: RouteInput) => call<RouteView>('route', input);
export const listPlaces = (hospitalId: string) => call<PlacesView>('places', { hospitalId });
