'use client';
// The optional sound at a phase change or when time is up: a short tone made in the browser
// with the Web Audio API (an OscillatorNode), so nothing is downloaded. Off by default.

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (typeof window === 'undefined') return null;
  const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    context ??= new Ctor();
    // Browsers start a context suspended until a user gesture; the sound toggle is one.
    if (context.state === 'suspended') void context.resume();
    return context;
  } catch {
    return null;
  }
}

/** Creates (or wakes) the audio context from a click, so later cues can play. */
export function primeAudio() {
  audioContext();
}

export type CueKind = 'phase' | 'time-up';

/** Two rising notes for a new phase; three lower ones when the planned time is up. */
export function playCue(kind: CueKind) {
  const ctx = audioContext();
  if (!ctx) return;
  const notes = kind === 'phase' ? [660, 880] : [523, 523, 392];
  const start = ctx.currentTime + 0.02;
  notes.forEach((frequency, i) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const t = start + i * 0.18;
    // A quick fade in and out avoids clicks.
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.16);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(t);
    oscillator.stop(t + 0.17);
  });
}
