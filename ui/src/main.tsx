// The entry. Its first import asks the backend for the first screen's data; the rest of the
// app's code is evaluated while the answers are on their way. It stays one static module
// graph, so the page counts as loaded only once the app's code has run (as tests expect).
import { firstScreen } from "./startup/early";
// Mantine's styles for the start screen; the rest follow once it is painted (styles/).
import "./styles/start.css";
// The theme's CSS variables, made ahead (see App.tsx).
import "./styles/themeVariables.css";
import "./global.css";
import { mount } from "./startup/mount";

void mount(firstScreen);
