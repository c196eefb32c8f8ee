/**
 * The `navigation` cloud function (院内导航, function 11): routes inside a hospital, its places and
 * the map kept by staff. The care path of a patient's day is `queue.carePath`, on the live queues.
 */
import { navigation } from '../../../miniprogram/shared/contract/navigation';
import { defineFunction } from '../framework/define';
import { getMap, replaceMap } from './map-actions';
import { places } from './places-action';
import { route } from './route-action';

export const navigationFunction = defineFunction('navigation', navigation, { route, places, getMap, replaceMap });
