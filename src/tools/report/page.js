(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const q = $('q'), kind = $('kind'), polarity = $('polarity'), status = $('status');
  let rel = '';
  const tables = [...document.querySelectorAll('table.data')].map((table) => ({
    rows: [...table.tBodies[0].rows].map((row) => ({
      row,
      text: [...row.querySelectorAll('.s')].map((c) => c.textContent).join(' ').toLowerCase(),
    })),
    count: $(table.dataset.count),
    noun: table.dataset.noun,
  }));
  const claimRows = [...document.querySelectorAll('tr[data-claim-id]')];
  const matches = (r, terms) => {
    const d = r.row.dataset;
    return terms.every((t) => r.text.includes(t))
      && (!kind.value || d.kind === kind.value)
      && (!polarity.value || d.polarity === polarity.value)
      && (!status.value || d.status === undefined || d.status === status.value)
      && (!rel || (d.relationId || d.relation) === rel);
  };
  const apply = () => {
    const terms = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const t of tables) {
      let visible = 0;
      for (const r of t.rows) {
        const show = matches(r, terms);
        r.row.hidden = !show;
        if (show) visible++;
      }
      t.count.dataset.visible = visible;
      t.count.textContent = `${visible} of ${t.rows.length} ${t.noun}`;
    }
    const shown = new Set(), parties = new Set();
    for (const r of claimRows) {
      if (r.hidden) continue;
      shown.add(r.dataset.claimId);
      for (const p of r.dataset.parties.split(' ')) parties.add(p);
    }
    for (const l of document.querySelectorAll('#network-svg line')) {
      l.classList.toggle('dim', !l.dataset.claims.split(' ').some((id) => shown.has(id)));
    }
    for (const g of document.querySelectorAll('#network-svg g.node')) {
      g.classList.toggle('dim', !parties.has(g.dataset.id));
    }
    $('rel-chip').hidden = !rel;
    $('rel-id').textContent = rel;
  };
  const readHash = () => {
    const p = new URLSearchParams(location.hash.slice(1));
    q.value = p.get('q') || '';
    kind.value = p.get('kind') || '';
    polarity.value = p.get('polarity') || '';
    status.value = p.get('status') || '';
    rel = p.get('rel') || '';
    apply();
  };
  const writeHash = () => {
    const p = new URLSearchParams();
    if (q.value) p.set('q', q.value);
    for (const s of [kind, polarity, status]) if (s.value) p.set(s.id, s.value);
    if (rel) p.set('rel', rel);
    const h = p.toString();
    try {
      history.replaceState(null, '', h ? `#${h}` : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the filter still applies.
    }
    apply();
  };
  const sortBy = (th) => {
    const numeric = th.dataset.sort === 'num';
    const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (const h of th.parentNode.cells) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    const key = (row) => {
      const cell = row.cells[th.cellIndex];
      const v = cell.dataset.key ?? cell.textContent.trim();
      return numeric ? parseFloat(v) : v.toLowerCase();
    };
    const body = th.closest('table').tBodies[0];
    const rows = [...body.rows].sort((a, b) => {
      const x = key(a), y = key(b);
      return dir * (numeric ? x - y : x.localeCompare(y));
    });
    body.append(...rows);
  };
  q.addEventListener('input', writeHash);
  for (const s of [kind, polarity, status]) s.addEventListener('change', writeHash);
  document.addEventListener('click', (e) => {
    const relButton = e.target.closest('button[data-rel]');
    const node = e.target.closest('g.node');
    const th = e.target.closest('th[data-sort]');
    if (relButton) {
      rel = relButton.dataset.rel;
      writeHash();
      $('claims').scrollIntoView();
    } else if (node) {
      q.value = node.dataset.name;
      writeHash();
    } else if (th) {
      sortBy(th);
    }
  });
  $('rel-clear').addEventListener('click', () => { rel = ''; writeHash(); });
  $('reset').addEventListener('click', () => {
    q.value = kind.value = polarity.value = status.value = rel = '';
    writeHash();
  });
  window.addEventListener('hashchange', readHash);
  document.body.dataset.script = 'ready';
  readHash();
})();
