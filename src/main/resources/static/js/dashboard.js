// Draws the dashboard and statistics charts with Apache ECharts. Each chart container names the JSON endpoint,
// the section and the table it shows in data attributes; each endpoint is fetched once per page. A chart
// container gets data-chart-rendered="true" once ECharts has drawn it, or "empty" when its table has no rows and
// it shows the data-chart-empty text instead of bare axes. A withheld value (null) leaves a gap, not a zero.
document.addEventListener('DOMContentLoaded', function () {
  var containers = document.querySelectorAll('[data-chart-src]');
  if (!containers.length || typeof echarts === 'undefined') {
    return;
  }
  var requests = {};
  var charts = [];

  function load(src) {
    if (!requests[src]) {
      requests[src] = fetch(src, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('Statistics request ' + src + ' failed with status ' + response.status);
          }
          return response.json();
        });
    }
    return requests[src];
  }

  function findTable(data, sectionKey, tableKey) {
    var section = data.sections.find(function (candidate) { return candidate.key === sectionKey; });
    return section && section.tables.find(function (candidate) { return candidate.key === tableKey; });
  }

  function column(table, index) {
    return table.rows.map(function (row) {
      return row.values[index] === null ? null : Number(row.values[index]);
    });
  }

  function barOption(table) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: table.rows.map(function (row) { return row.label; }),
        axisLabel: { interval: 0, rotate: table.rows.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: [
        { name: table.columns[1].title, type: 'bar', data: column(table, 1) },
        { name: table.columns[3].title, type: 'bar', data: column(table, 3) }
      ]
    };
  }

  function lineOption(table) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: table.rows.map(function (row) { return row.label; }) },
      yAxis: [{ type: 'value', name: table.columns[1].title }, { type: 'value', name: table.columns[0].title }],
      series: [
        { name: table.columns[1].title, type: 'line', data: column(table, 1) },
        { name: table.columns[0].title, type: 'line', yAxisIndex: 1, data: column(table, 0) }
      ]
    };
  }

  function pieOption(table) {
    return {
      tooltip: { trigger: 'item' },
      legend: { top: 0, type: 'scroll' },
      series: [{
        name: table.columns[1].title, type: 'pie', radius: ['35%', '65%'], top: 24,
        data: table.rows.filter(function (row) { return row.values[1] !== null; })
          .map(function (row) { return { name: row.label, value: Number(row.values[1]) }; })
      }]
    };
  }

  var builders = { BAR: barOption, LINE: lineOption, PIE: pieOption };

  containers.forEach(function (container) {
    load(container.dataset.chartSrc).then(function (data) {
      var table = findTable(data, container.dataset.chartSection, container.dataset.chartTable);
      var build = builders[container.dataset.chartKind];
      if (!table || !build) {
        return;
      }
      if (!table.rows.length) {
        container.textContent = container.dataset.chartEmpty;
        container.classList.add('d-flex', 'align-items-center', 'justify-content-center', 'text-muted');
        container.dataset.chartRendered = 'empty';
        return;
      }
      var chart = echarts.init(container, null, { renderer: 'canvas' });
      chart.on('finished', function () {
        container.dataset.chartRendered = 'true';
      });
      chart.setOption(build(table));
      charts.push(chart);
    }).catch(function (error) {
      container.textContent = container.dataset.chartError;
      console.error(error);
    });
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
});
