/**
 * A horizontal strip of days (今天 11-25 有号 …). Tapping a day sends `select` with the day and the
 * `owner` the strip belongs to (a page may show one strip per doctor or room).
 */
import type { DataEvent } from '../../../components/events';
import type { StripDay } from '../../common/schedule';

Component({
  properties: {
    days: { type: Array, value: [] as StripDay[] },
    selected: { type: String, value: '' },
    owner: { type: String, value: '' },
  },
  methods: {
    onTap(e: DataEvent<{ date: string }>) {
      const date = e.currentTarget.dataset.date;
      if (date === this.data.selected) return;
      this.triggerEvent('select', { owner: this.data.owner, date });
    },
  },
});
