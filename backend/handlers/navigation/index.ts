/**
 * The `navigation` cloud function (院内导航, function 11): routes inside a hospital, the optimal
 * care path of a patient's day, and the map kept by staff.
 */
import { defineFunction } from '../framework/define';
import { carePath } from './care-path-action';
import { getMap, replaceMap } from './map-actions';
import { places } from './places-action';
import { route } from './route-action';

export const navigationFunction = defineFunction('navigation', { route, places, carePath, getMap, replaceMap });
