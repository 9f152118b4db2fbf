// <cd-chart data-chart='{"horizontal":false,"percent":false,"categories":[...],"series":[...]}'>: one
// dashboard chart, drawn as SVG by ECharts. ECharts comes from its WebJar as a static script (loaded
// before this one, no frontend bundle); the server sets data-chart and this element redraws on change.
(function () {
  if (customElements.get('cd-chart')) {
    return;
  }

  function cssValue(element, name, fallback) {
    const value = getComputedStyle(element).getPropertyValue(name).trim();
    return value || fallback;
  }

  function option(element, data) {
    const text = cssValue(element, '--lumo-body-text-color', '#1f2a37');
    const muted = cssValue(element, '--lumo-secondary-text-color', '#5f6b7a');
    const lines = cssValue(element, '--lumo-contrast-10pct', '#e5e8ec');
    const font = cssValue(element, '--lumo-font-family', 'sans-serif');
    const several = data.series.length > 1;
    const categoryAxis = {
      type: 'category',
      data: data.categories,
      inverse: data.horizontal,
      // every name shows; dates under a column chart lean when there are many
      axisLabel: { color: muted, interval: 0, rotate: !data.horizontal && data.categories.length > 6 ? 40 : 0 },
      axisLine: { lineStyle: { color: lines } },
    };
    const valueAxis = {
      type: 'value',
      minInterval: 1,
      max: data.percent ? 100 : null,
      axisLabel: { color: muted, formatter: data.percent ? '{value} %' : '{value}' },
      splitLine: { lineStyle: { color: lines } },
    };
    return {
      animation: false,
      aria: { enabled: false },
      textStyle: { color: text, fontFamily: font },
      // rich text, never HTML: names come from people's accounts and the rating scale
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      legend: several ? { top: 0, textStyle: { color: text } } : { show: false },
      // room at the end of horizontal bars for their value, e.g. "100 %"
      grid: { left: 16, right: data.horizontal ? 56 : 24, top: several ? 36 : 16, bottom: 8, containLabel: true },
      xAxis: data.horizontal ? valueAxis : categoryAxis,
      yAxis: data.horizontal ? categoryAxis : valueAxis,
      series: data.series.map((series) => ({
        type: 'bar',
        name: series.name,
        data: series.values.map((value, index) => (series.colours
          ? { value: value, itemStyle: { color: series.colours[index] } }
          : value)),
        itemStyle: series.colour ? { color: series.colour } : undefined,
        label: { show: !several, position: data.horizontal ? 'right' : 'top', color: text,
          formatter: data.percent ? '{c} %' : '{c}' },
      })),
    };
  }

  class ClaimDeskChart extends HTMLElement {
    static get observedAttributes() {
      return ['data-chart'];
    }

    connectedCallback() {
      this.draw(0);
      if (!this.resizer) {
        this.resizer = new ResizeObserver(() => this.chart && this.chart.resize());
        this.resizer.observe(this);
      }
    }

    disconnectedCallback() {
      if (this.resizer) {
        this.resizer.disconnect();
        this.resizer = null;
      }
      if (this.chart) {
        this.chart.dispose();
        this.chart = null;
      }
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this.draw(0);
      }
    }

    draw(attempt) {
      const json = this.getAttribute('data-chart');
      if (!json || !this.isConnected) {
        return;
      }
      if (!window.echarts) {
        // the library script may still be on its way; give it ten seconds
        if (attempt < 200) {
          setTimeout(() => this.draw(attempt + 1), 50);
        }
        return;
      }
      if (!this.chart) {
        this.chart = window.echarts.init(this, null, { renderer: 'svg' });
      }
      this.chart.setOption(option(this, JSON.parse(json)), true);
    }
  }

  customElements.define('cd-chart', ClaimDeskChart);
})();
