/**
 * The loading, error (with retry) and empty states every page shows the same way. It renders
 * nothing when the status is `ready`; the page renders its content then.
 */
Component({
  properties: {
    status: { type: String, value: 'loading' },
    error: { type: String, value: '' },
    emptyText: { type: String, value: '暂无内容' },
  },
  methods: {
    onRetry() {
      this.triggerEvent('retry');
    },
  },
});
