/** Typed calls of the `navigation` cloud function: routes inside the hospital and the care path. */
import type { CarePathView, PlacesView, RouteInput, RouteView } from '../shared/dto/navigation';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('navigation', action, params);

export const findRoute = (input: RouteInput) => call<RouteView>('route', input);
export const carePath = (appointmentId: string, elder: boolean) => call<CarePathView>('carePath', { appointmentId, elder });
export const listPlaces = (hospitalId: string) => call<PlacesView>('places', { hospitalId });
