# EXPLAIN (ANALYZE, BUFFERS) of every sort x direction x view x filter the ticket list offers, first page and
# page 101 (cursor after 5,000 rows), with the SQL TicketQueries.list writes. Read-only. Usage, in a directory
# holding ids.env ("org=<Demo Support id>" and "alice=<Alice's id>" on separate lines):
#   python3 bench/sort-matrix.py <database> after      # writes matrix-after.tsv; SORTS=priority,title to narrow
# ("before" writes the old OR-form cursor and no rank ranges.)
import json, subprocess, sys, os
os.environ['PGPASSWORD'] = 'worktrackr_bench'
DB = sys.argv[1] if len(sys.argv) > 1 else 'worktrackr_bench_sorts'
label = sys.argv[2] if len(sys.argv) > 2 else 'after'
old_cursor = label == 'before'
def psql(sql):
    r = subprocess.run(['psql','-h','127.0.0.1','-U','worktrackr_bench',DB,'-At','-v','ON_ERROR_STOP=1','-c',sql],capture_output=True,text=True)
    if r.returncode: raise Exception(r.stderr + sql)
    return r.stdout.strip()
env = dict(l.split('=') for l in open('ids.env').read().split())
org, alice = env['org'], env['alice']
bob = psql("select id from users where email='bob@demo.test'")
billing = psql(f"select id from queues where organisation_id='{org}' and name='Billing'")
cols = 't.id, t.organisation_id, t.number, t.created_by, t.created_at, t.version, t.title, t.description, t.status, t.priority, t.queue_id, t.assignee_id, t.updated_at, t.resolved_at, t.closed_at, t.first_responded_at'
A = "'open', 'in_progress', 'pending'"
views = {
 'my': f"(t.status IN ({A}) AND t.assignee_id = '{alice}')",
 'unassigned': f"(t.status IN ({A}) AND t.assignee_id IS NULL)",
 'active': f"t.status IN ({A})",
 'open': "t.status IN ('open')", 'in_progress': "t.status IN ('in_progress')", 'pending': "t.status IN ('pending')",
 'resolved': "t.status IN ('resolved')", 'closed': "t.status IN ('closed')", 'all': 'TRUE'}
prank = "(CASE t.priority WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 WHEN 'urgent' THEN 3 END)"
srank = "(CASE t.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'pending' THEN 2 WHEN 'resolved' THEN 3 WHEN 'closed' THEN 4 END)"
sorts = {'updated':'t.updated_at','created':'t.created_at','number':'t.number','priority':prank,'status':srank,'title':'t.title',
         'assignee':'t.assignee_sort_key','queue':'t.queue_sort_key'}
filters = {'-': '', 'queue': f" AND t.queue_id IN ('{billing}')", 'priority': " AND t.priority IN ('high')", 'assignee': f" AND t.assignee_id = '{bob}'"}
only_sorts = os.environ.get('SORTS','').split(',') if os.environ.get('SORTS') else list(sorts)
vstat = {'my':(0,2),'unassigned':(0,2),'active':(0,2),'open':(0,0),'in_progress':(1,1),'pending':(2,2),'resolved':(3,3),'closed':(4,4),'all':None}
def rank_range(view, sort, filt):
    if sort == 'priority' and filt == 'priority': return f" AND {prank} BETWEEN 2 AND 2"
    if sort == 'status' and vstat[view]: return f" AND {srank} BETWEEN {vstat[view][0]} AND {vstat[view][1]}"
    return ''
def q(view, sort, desc, filt, cursor=None):
    key = sorts[sort]; d = ' DESC' if desc else ' ASC'; cmp = '<' if desc else '>'
    w = f"t.organisation_id = '{org}' AND {views[view]}{filters[filt]}"
    if not old_cursor:
        w += rank_range(view, sort, filt)
    if cursor:
        k, kid = cursor
        kk = f"'{k}'" if sort in ('updated','created','title') else k
        if old_cursor:
            w += f" AND ({key} {cmp} {kk} OR ({key} = {kk} AND t.id {cmp} '{kid}'))"
        else:
            w += f" AND ({key}, t.id) {cmp} ({kk}, '{kid}')"
    return f"SELECT {cols} FROM tickets t WHERE {w} ORDER BY {key}{d}, t.id{d} LIMIT 51"
def explain(sql):
    out = psql('EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ' + sql)
    p = json.loads(out)[0]
    plan = p['Plan']
    def walk(n, acc):
        acc.append(n['Node Type'] + ('(' + n['Index Name'] + ')' if 'Index Name' in n else ''))
        for c in n.get('Plans', []): walk(c, acc)
        return acc
    nodes = walk(plan, [])
    return p['Execution Time'], plan.get('Shared Hit Blocks',0) + plan.get('Shared Read Blocks',0), ' > '.join(n for n in nodes if n not in ('Limit',))
rows = []
for sort in only_sorts:
  for desc in (False, True):
    for view in views:
      for filt in filters:
        sql = q(view, sort, desc, filt)
        t, buf, nodes = explain(sql)
        rows.append((('-' if desc else '') + sort, view, filt, 1, t, buf, nodes))
        if filt == '-':
          key = sorts[sort]; d = ' DESC' if desc else ' ASC'
          c = psql(f"SELECT {key}, t.id FROM tickets t WHERE t.organisation_id = '{org}' AND {views[view]} ORDER BY {key}{d}, t.id{d} OFFSET 5000 LIMIT 1")
          if c:
            k, kid = c.split('|')
            t, buf, nodes = explain(q(view, sort, desc, filt, (k.replace("'", "''"), kid)))
            rows.append((('-' if desc else '') + sort, view, filt, 101, t, buf, nodes))
        print('\t'.join(map(str, rows[-1])), flush=True)
with open(f'matrix-{label}.tsv','w') as f:
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')
