import type { SVGProps } from 'react';

// A few line icons (24×24, currentColor), drawn here rather than pulling an icon package.
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function base({ size = 20, ...rest }: IconProps, path: string) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" {...rest}>
      <path d={path} />
    </svg>
  );
}

export const InboxIcon = (p: IconProps) => base(p, 'M4 13h4l1.5 3h5L16 13h4M4 13l2.5-8h11L20 13v6H4z');
export const UsersIcon = (p: IconProps) => base(p, 'M16 20v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 18.5V20M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7M20 20v-1.5a3.5 3.5 0 0 0-2.5-3.3M15.5 4.2a3.5 3.5 0 0 1 0 6.6');
export const CalendarIcon = (p: IconProps) => base(p, 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4');
export const LayersIcon = (p: IconProps) => base(p, 'M12 3l9 5-9 5-9-5zM3 13l9 5 9-5');
export const BuildingIcon = (p: IconProps) => base(p, 'M4 21V4h10v17M14 9h6v12M8 8h2M8 12h2M8 16h2M3 21h18');
export const ContactIcon = (p: IconProps) => base(p, 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8M5 20a7 7 0 0 1 14 0');
export const FileIcon = (p: IconProps) => base(p, 'M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h6');
export const ImportIcon = (p: IconProps) => base(p, 'M12 3v12M7 10l5 5 5-5M4 21h16');
export const KeyIcon = (p: IconProps) => base(p, 'M15 9a4 4 0 1 1-8 0 4 4 0 0 1 8 0M13.8 11.8L21 19v2h-3v-2h-2v-2h-2l-1.2-1.2');
export const LockIcon = (p: IconProps) => base(p, 'M6 11h12v10H6zM8.5 11V7.5a3.5 3.5 0 0 1 7 0V11');
export const HomeIcon = (p: IconProps) => base(p, 'M4 11l8-7 8 7v9h-5v-6H9v6H4z');
export const ShieldIcon = (p: IconProps) => base(p, 'M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6z');
export const GlobeIcon = (p: IconProps) => base(p, 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18M3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9');
export const SearchIcon = (p: IconProps) => base(p, 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14M20 20l-4-4');
export const PlusIcon = (p: IconProps) => base(p, 'M12 5v14M5 12h14');
export const LogoutIcon = (p: IconProps) => base(p, 'M15 4h4v16h-4M10 17l5-5-5-5M15 12H4');
export const ClockIcon = (p: IconProps) => base(p, 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18M12 7v5l3 2');
export const PhoneIcon = (p: IconProps) => base(p, 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2');
export const AlertIcon = (p: IconProps) => base(p, 'M12 3l9.5 17h-19zM12 10v4M12 17.5v.5');
