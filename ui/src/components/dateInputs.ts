// The date and time pickers, with their styles. The styles come with the pickers rather
// than with the app's entry: the start screen has no picker, and parsing and matching the
// pickers' 30 KB of CSS took about 40 ms of its first frame (measured on the 2-core VM).
// Import the pickers from here, never from "@mantine/dates" directly, so a screen that
// shows one always has its styles.
import "@mantine/dates/styles.css";

export { DatePickerInput, DateTimePicker, MonthPickerInput, TimePicker } from "@mantine/dates";
