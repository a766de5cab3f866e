"use client";
// The chart theme follows the page's CSS variables, which follow the system's light/dark setting.
import { useSyncExternalStore } from "react";
import type { Theme } from "@/lib/chart/chartjs-config";

const DARK = "(prefers-color-scheme: dark)";
const NARROW = "(max-width: 600px)";

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const usePrefersDark = () => useMediaQuery(DARK);
export const useNarrow = () => useMediaQuery(NARROW);

const patterns = new Map<string, CanvasPattern | string>();

export function hatch(colour: string): CanvasPattern | string {
  const cached = patterns.get(colour);
  if (cached) return cached;
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const g = tile.getContext("2d");
  if (!g) return colour;
  g.fillStyle = `${colour}40`;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  const pattern = g.createPattern(tile, "repeat") ?? colour;
  patterns.set(colour, pattern);
  return pattern;
}

/**
 * The light theme, whatever the device's setting: publication images are printed and pasted on
 * white pages. The values of globals.css :root (light).
 */
export const LIGHT_THEME: Omit<Theme, "hatch"> & { background: string; muted: string } = {
  text: "#1a1d21",
  muted: "#505862",
  background: "#ffffff",
  grid: "rgba(0, 0, 0, 0.08)",
  annotation: "#505862",
  band: "rgba(0, 114, 178, 0.1)",
  labelBackground: "rgba(255, 255, 255, 0.85)",
};

export function readTheme(): Theme {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    text: v("--text"),
    grid: v("--grid"),
    annotation: v("--annotation"),
    band: v("--band"),
    labelBackground: v("--label-bg"),
    hatch,
  };
}
