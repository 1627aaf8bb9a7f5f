// The frame of every page: a skip link, the header with the main navigation (public pages, the work
// area for signed-in users, administration for admins), the page, and the footer.
import { Button, Dropdown, Layout } from 'antd';
import type { ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useSession } from './session';

const ROLE_LABELS: Record<string, string> = {
  admin: '管理员',
  reviewer: '财政审核',
  department: '主管部门',
  unit: '预算单位',
};

export function Shell({ children }: { children: ReactNode }) {
  const { user, logout } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const items: [string, string][] = [
    ['/', '部门预算'],
    ['/overview', '地区概览'],
    ['/search', '搜索'],
    ...(user ? ([['/work', '工作台']] as [string, string][]) : []),
    ...(user && (user.role === 'reviewer' || user.role === 'department' || user.role === 'admin')
      ? ([['/review', '审核']] as [string, string][])
      : []),
    ...(user?.role === 'admin' ? ([['/admin', '系统管理']] as [string, string][]) : []),
  ];
  const path = location.pathname;
  const current = (k: string) =>
    k === '/' ? path === '/' || path.startsWith('/documents') : path.startsWith(k);
  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Header className="shell-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            预
          </span>
          <span className="brand-name">预算公开</span>
        </Link>
        {/* A plain list of links (no collapsing menu): on a phone it scrolls sideways, nothing is hidden. */}
        <nav aria-label="主导航" className="shell-nav">
          <ul>
            {items.map(([to, label]) => (
              <li key={to}>
                <NavLink
                  to={to}
                  className={current(to) ? 'active' : undefined}
                  aria-current={current(to) ? 'page' : undefined}
                >
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-user">
          {user ? (
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'role',
                    label: `${ROLE_LABELS[user.role] ?? user.role}${user.department ? ` · ${user.department}` : ''}`,
                    disabled: true,
                  },
                  { key: 'logout', label: '退出登录' },
                ],
                onClick: ({ key }) => {
                  if (key === 'logout') void logout().then(() => navigate('/'));
                },
              }}
            >
              <Button type="text" className="user-button">
                {user.name}
              </Button>
            </Dropdown>
          ) : (
            <Link to="/login" className="login-link">
              登录
            </Link>
          )}
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="shell-main" tabIndex={-1}>
        {children}
      </Layout.Content>
      <Layout.Footer className="shell-footer">
        部门预算与绩效目标公开 · 数据以各部门公开文件为准，金额单位万元
      </Layout.Footer>
    </Layout>
  );
}
