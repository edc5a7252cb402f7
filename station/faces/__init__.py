"""Faces: detection, encoding and photo quality checks over face_recognition (dlib). No Qt."""
